package fr.aiguillage.diagnostic;

import java.time.Instant;

/** One answer: its value (Boolean, Long or String), who gave it and when. */
public record Answer(Object value, String by, Instant at) {}
