package fr.aiguillage.appointment;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
    @Min(0) @Max(1440) Integer durationMinutes,
    @Size(max = Limits.CODE) String modality,
    @Size(max = 300) String location,
    @Size(max = 7) List<DayOfWeek> repeatOn,
    LocalDate repeatUntil) {}
