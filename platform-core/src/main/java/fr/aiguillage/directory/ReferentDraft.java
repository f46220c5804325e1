package fr.aiguillage.directory;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A referent as an administrator types it: who, where, which pathways, how many people at most. */
public record ReferentDraft(
    UUID structureId,
    @Size(max = Limits.NAME) String firstName,
    @Size(max = Limits.NAME) String lastName,
    @Size(max = Limits.EMAIL) String email,
    UUID territoryId,
    @Size(max = 3) List<@Size(max = Limits.CODE) String> pathways,
    @Min(0) @Max(100_000) Integer maxCaseload) {}
