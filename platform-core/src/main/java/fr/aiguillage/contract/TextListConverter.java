package fr.aiguillage.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of texts (legal mentions, thématiques) as a JSON array in a text column. */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> texts) {
    return JsonColumn.write(texts);
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    return JsonColumn.read(json, new TypeReference<List<String>>() {});
  }
}
