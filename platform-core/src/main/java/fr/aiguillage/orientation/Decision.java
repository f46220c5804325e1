package fr.aiguillage.orientation;

import fr.aiguillage.vocabulary.Pathway;
import java.util.UUID;

/**
 * What an agent decides: the pathway, the structure that will be the person's lead organisation
 * and, if already known, the referent. {@code reason} is required when the pathway differs from the
 * proposal.
 */
public record Decision(Pathway pathway, UUID structureId, UUID referentId, String reason) {}
