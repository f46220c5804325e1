package fr.aiguillage.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A collective session as its notices tell it, read from its row (the notices read no class of the
 * session package: that package depends on the contracts, which send through this one).
 */
record SessionFacts(
    String kind,
    Instant startsAt,
    Instant endsAt,
    String address,
    String room,
    String videoUrl,
    String cancelReason) {

  /** The place's lines: the address (none for a video session). */
  List<String> placeLines() {
    List<String> lines = new ArrayList<>();
    if (address != null && !address.isBlank()) {
      lines.add(address.strip());
    }
    return lines;
  }

  /** One line for an SMS: the address and the room, or "en visio". */
  String oneLine() {
    if (videoUrl != null) {
      return "en visioconférence";
    }
    return (address == null ? "" : address.strip()) + (room == null ? "" : ", " + room);
  }

  /** The sessions of the rights and duties: their letters recall them. */
  boolean rightsAndDuties() {
    return kind != null && kind.toLowerCase(java.util.Locale.ROOT).contains("droits");
  }
}
