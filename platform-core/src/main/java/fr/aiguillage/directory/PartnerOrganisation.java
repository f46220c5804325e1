package fr.aiguillage.directory;

/**
 * A partner organisation (France Travail, a PLIE, an association…): its id is its Keycloak name.
 */
public record PartnerOrganisation(String id, String name) {}
