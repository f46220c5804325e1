package fr.aiguillage.contract;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a referent writes in a draft: its dates and its action plan ({@code plan} null: proposed
 * from the person's diagnostic on a new draft, unchanged on an edit); {@code kind} on a new draft
 * only (null: the contrat d'engagement); {@code rowVersion} on an edit, the version read (two
 * referents editing one draft: one wins, the other is told).
 */
public record ContractInput(
    ContractKind kind,
    LocalDate startDate,
    @Min(ContractTerm.MIN_MONTHS) @Max(ContractTerm.MAX_MONTHS_WITH_REASON) Integer durationMonths,
    @Size(max = Limits.REASON) String longDurationReason,
    LocalDate reviewOn,
    ActionPlan plan,
    @Min(0) Long rowVersion) {}
