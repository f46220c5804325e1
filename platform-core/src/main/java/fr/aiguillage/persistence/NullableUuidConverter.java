package fr.aiguillage.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For nullable uuid columns: EclipseLink 4.0.9's own UUID converter fails on SQL NULL
 * (NullPointerException in UUIDConverter), so these columns go through this one.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {
  @Override
  public Object convertToDatabaseColumn(UUID uuid) {
    return uuid;
  }

  @Override
  public UUID convertToEntityAttribute(Object value) {
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    return UUID.fromString(value.toString());
  }
}
