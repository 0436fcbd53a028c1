import type { Messages } from "../types";

export const presets: Messages["presets"] = {
  "administrator-user-custom": {
    roles: { administrator: "Administrateur", user: "Utilisateur", custom: "Personnalisé" },
    permissions: {
      "users.manage": {
        label: "Gérer les utilisateurs",
        description: "Créer, modifier et supprimer des utilisateurs.",
      },
      "api_tokens.create": { label: "Créer des jetons d’API", description: "Créer des jetons pour l’API." },
      "dashboard.view": { label: "Voir le tableau de bord", description: "Consulter le tableau de bord du compte." },
      "profile.edit": {
        label: "Modifier son profil",
        description: "Changer son propre nom et son propre mot de passe.",
      },
      "campaigns.create": { label: "Créer des campagnes", description: "Rédiger et modifier des campagnes." },
      "campaigns.send": { label: "Envoyer des campagnes", description: "Programmer et envoyer des campagnes." },
      "contacts.manage": { label: "Gérer les contacts", description: "Importer, modifier et supprimer des contacts." },
      "contacts.export": { label: "Exporter les contacts", description: "Télécharger des listes de contacts." },
      "templates.manage": { label: "Gérer les modèles", description: "Créer et partager des modèles." },
      "reports.view": { label: "Voir les rapports", description: "Consulter les statistiques des campagnes." },
      "billing.manage": {
        label: "Gérer la facturation",
        description: "Consulter les factures et changer les informations de paiement.",
      },
    },
    groups: {
      Administration: "Administration",
      Basic: "Base",
      Campaigns: "Campagnes",
      Contacts: "Contacts",
      Content: "Contenu",
      Reports: "Rapports",
      Billing: "Facturation",
    },
  },
  "owner-manager": {
    roles: { owner: "Propriétaire", manager: "Gestionnaire" },
    permissions: {
      "users.manage": {
        label: "Inviter et modifier des utilisateurs",
        description: "Inviter des utilisateurs et changer leur rôle ou leur statut.",
      },
      "services.manage": { label: "Gérer les services", description: "Commander et configurer des services." },
      "billing.manage": { label: "Gérer la facturation", description: "Payer les factures et changer de tarif." },
      "support.tickets": {
        label: "Tickets d’assistance",
        description: "Ouvrir des tickets d’assistance et y répondre.",
      },
    },
    groups: { Users: "Utilisateurs", Services: "Services", Billing: "Facturation", Support: "Assistance" },
  },
  "account-holder-member": {
    roles: { holder: "Titulaire du compte", member: "Membre" },
    permissions: {
      "users.manage": {
        label: "Ajouter et retirer des utilisateurs",
        description: "Inviter des personnes et les retirer.",
      },
      "account.manage": {
        label: "Modifier le compte",
        description: "Changer le nom de l’entreprise ou des utilisateurs, ou supprimer le compte.",
      },
      "projects.manage": { label: "Gérer les projets", description: "Créer et modifier des projets." },
      "reports.view": { label: "Voir les rapports", description: "Consulter les rapports du compte." },
    },
    groups: { Account: "Compte", Work: "Travail" },
  },
};
