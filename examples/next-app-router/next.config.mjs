/** @type {import("next").NextConfig} */
const nextConfig = {
  // The app is built in a temporary copy: its own folder is the root, whatever lockfiles lie above it.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  // Each CI build starts from a fresh copy and is thrown away: writing Turbopack's build cache to disk
  // (on by default in Next.js 16.4) would only cost time.
  experimental: { turbopackFileSystemCacheForBuild: false },
};

export default nextConfig;
