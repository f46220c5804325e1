package fr.aiguillage.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A template's sections as JSON text: {@code [{"heading": …, "body": …}]}. */
@Converter
public class SectionsConverter implements AttributeConverter<List<TemplateSection>, String> {
  @Override
  public String convertToDatabaseColumn(List<TemplateSection> sections) {
    return JsonColumn.write(sections);
  }

  @Override
  public List<TemplateSection> convertToEntityAttribute(String json) {
    return JsonColumn.read(json, new TypeReference<List<TemplateSection>>() {});
  }
}
