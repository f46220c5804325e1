package fr.aiguillage.orientation;

import java.time.Instant;

/**
 * Payload of {@code orientation.*} events, version 1: one per transition. No name, no CAF number,
 * no NIR; the person is their id. {@code referentId} (added to version 1, optional for older
 * events) is the referent in charge, once the decision or the partner's acceptance names one.
 */
public record OrientationChanged(
    int schemaVersion,
    String orientationId,
    String beneficiaryId,
    String tenant,
    String from,
    String to,
    Instant at,
    String pathway,
    String structureId,
    String proposedPathway,
    Integer criteriaVersion,
    boolean overridden,
    String referentId) {

  static String type(OrientationState to) {
    return "orientation." + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static OrientationChanged of(Orientation o, OrientationTransition t, String tenant) {
    return new OrientationChanged(
        1,
        o.id().toString(),
        o.beneficiaryId().toString(),
        tenant,
        t.from() == null ? null : t.from().name(),
        t.to().name(),
        t.at(),
        o.pathway().map(Enum::name).orElse(null),
        o.structureId().map(Object::toString).orElse(null),
        o.proposedPathway().map(Enum::name).orElse(null),
        o.criteriaVersion(),
        o.overrideReason() != null,
        o.referentId().map(Object::toString).orElse(null));
  }
}
