package fr.aiguillage.contract;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A contract's action plan as a JSON object in a text column. */
@Converter
public class ActionPlanConverter implements AttributeConverter<ActionPlan, String> {
  @Override
  public String convertToDatabaseColumn(ActionPlan plan) {
    return plan == null ? null : JsonColumn.writeValue(plan);
  }

  @Override
  public ActionPlan convertToEntityAttribute(String json) {
    return JsonColumn.readValue(json, ActionPlan.class);
  }
}
