package fr.aiguillage.contract;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A contract's frozen copy (sections, plan table, mentions) as a JSON object in a text column. */
@Converter
public class RenderedContractConverter implements AttributeConverter<RenderedContract, String> {
  @Override
  public String convertToDatabaseColumn(RenderedContract copy) {
    return copy == null ? null : JsonColumn.writeValue(copy);
  }

  @Override
  public RenderedContract convertToEntityAttribute(String json) {
    return JsonColumn.readValue(json, RenderedContract.class);
  }
}
