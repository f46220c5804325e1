package fr.aiguillage.directory;

import fr.aiguillage.vocabulary.StructureKind;
import java.util.UUID;

/** A structure as its partner organisation sees it: which département it works with. */
public record PartnerStructure(
    UUID id, String name, StructureKind kind, String tenantCode, String tenantName) {}
