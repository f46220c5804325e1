package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.UUID;

/** The territory chosen in the list, kept in the form bean as its id. */
class TerritoryConverter implements Converter<TerritoryOption, UUID> {
  private List<TerritoryOption> options = List.of();

  void setOptions(List<TerritoryOption> options) {
    this.options = List.copyOf(options);
  }

  @Override
  public Result<UUID> convertToModel(TerritoryOption value, ValueContext context) {
    return Result.ok(value == null ? null : value.id());
  }

  @Override
  public TerritoryOption convertToPresentation(UUID id, ValueContext context) {
    return id == null
        ? null
        : options.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
  }
}
