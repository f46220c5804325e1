package fr.aiguillage.questionnaire;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Size;

/** One possible answer of a choice question: a stable code and a French label. */
public record Choice(
    @Size(max = Limits.CODE) String code, @Size(max = Limits.LABEL) String label) {}
