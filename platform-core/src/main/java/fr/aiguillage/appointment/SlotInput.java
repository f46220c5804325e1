package fr.aiguillage.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Slots to publish: one on {@code date} at {@code start} (Paris time), or, with {@code repeatOn},
 * one on each of those weekdays from {@code date} to {@code repeatUntil} included.
 */
public record SlotInput(
    UUID structureId,
    UUID referentId,
    LocalDate date,
    LocalTime start,
    Integer durationMinutes,
    String modality,
    String location,
    List<DayOfWeek> repeatOn,
    LocalDate repeatUntil) {}
