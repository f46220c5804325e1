package fr.aiguillage.contract;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Size;

/** A section of a template: a heading (plain text) and a body with merge fields. */
public record TemplateSection(
    @Size(max = Limits.LABEL) String heading, @Size(max = Limits.LONG_TEXT) String body) {}
