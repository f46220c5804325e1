package fr.aiguillage.orientation;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a batch decision: who was oriented, and who was left for a closer look and why.
 */
public record BatchResult(List<UUID> decided, List<Skipped> skipped) {
  public record Skipped(UUID orientationId, String reason) {}
}
