/**
 * Names for generated accounts: [as written, ASCII slug for the email]. Mixed scripts, right-to-left
 * names, emoji and very long names are here on purpose (R26): the UI must render them all.
 */
export type NameEntry = readonly [written: string, slug: string];

export const FIRST_NAMES: readonly NameEntry[] = [
  ["Ada", "ada"],
  ["Grace", "grace"],
  ["Linus", "linus"],
  ["Margaret", "margaret"],
  ["José", "jose"],
  ["Zoë", "zoe"],
  ["Søren", "soren"],
  ["Ngozi", "ngozi"],
  ["Aarav", "aarav"],
  ["Mateo", "mateo"],
  ["Chloé", "chloe"],
  ["Björn", "bjorn"],
  ["Priya", "priya"],
  ["Kwame", "kwame"],
  ["Olivia", "olivia"],
  ["Noah", "noah"],
  ["محمد", "mohammed"],
  ["فاطمة", "fatima"],
  ["נועה", "noa"],
  ["יוסף", "yosef"],
  ["伟", "wei"],
  ["美咲", "misaki"],
  ["Дмитрий", "dmitry"],
  ["Αλέξανδρος", "alexandros"],
  ["अनन्या", "ananya"],
  ["민준", "minjun"],
  ["Sam 🚀", "sam"],
  ["Wolfeschlegelsteinhausenbergerdorff-Maximiliana", "maximiliana"],
];

export const LAST_NAMES: readonly NameEntry[] = [
  ["Lovelace", "lovelace"],
  ["Hopper", "hopper"],
  ["Torvalds", "torvalds"],
  ["Hamilton", "hamilton"],
  ["García", "garcia"],
  ["Kierkegaard", "kierkegaard"],
  ["Okonjo-Iweala", "okonjo"],
  ["Sharma", "sharma"],
  ["Rossi", "rossi"],
  ["Dubois", "dubois"],
  ["Nguyễn", "nguyen"],
  ["O'Brien", "obrien"],
  ["Müller", "muller"],
  ["Mensah", "mensah"],
  ["Smith", "smith"],
  ["العلي", "alali"],
  ["כהן", "cohen"],
  ["王", "wang"],
  ["佐藤", "sato"],
  ["Иванов", "ivanov"],
  ["Παπαδόπουλος", "papadopoulos"],
  ["김", "kim"],
  ["de la Cruz y Fernández de Córdoba Montenegro-Villalobos", "delacruz"],
];

export const EMAIL_DOMAINS: readonly string[] = ["example.com", "example.org", "example.net", "acme.test"];

export const HOME_ACCOUNTS: readonly string[] = [
  "Globex Agency",
  "Initech Consulting",
  "Umbrella Partners",
  "وكالة النور",
  "株式会社サンプル",
  "Soylent Marketing Collective International Holdings Group",
];
