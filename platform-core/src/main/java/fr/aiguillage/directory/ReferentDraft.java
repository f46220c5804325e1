package fr.aiguillage.directory;

import java.util.List;
import java.util.UUID;

/** A referent as an administrator types it: who, where, which pathways, how many people at most. */
public record ReferentDraft(
    UUID structureId,
    String firstName,
    String lastName,
    String email,
    UUID territoryId,
    List<String> pathways,
    Integer maxCaseload) {}
