package fr.aiguillage.criteria;

import fr.aiguillage.shared.Limits;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import jakarta.validation.constraints.Size;

/**
 * One line of a département's criteria table: when {@code condition} (a CEL expression over the
 * diagnostic's answers) holds, propose {@code pathway}, optionally towards a kind of structure, and
 * say why in {@code explanation}. {@code unverified} marks national rules whose legal source was
 * not read (REFERENCE.md): they stay editable data.
 */
public record Rule(
    @Size(max = 50) String code,
    @Size(max = Limits.LONG_TEXT) String condition,
    Pathway pathway,
    StructureKind targetKind,
    boolean needsReview,
    @Size(max = Limits.REASON) String explanation,
    boolean unverified) {}
