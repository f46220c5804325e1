package fr.aiguillage.criteria;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.List;

/** A rule set that does not type-check against its questionnaire: nothing is saved. */
public class RuleSetRejectedException extends InvalidInputException {
  private final List<RuleError> ruleErrors;

  public RuleSetRejectedException(List<RuleError> ruleErrors) {
    super(ruleErrors.stream().map(e -> new FieldError(e.field(), e.describe())).toList());
    this.ruleErrors = List.copyOf(ruleErrors);
  }

  public List<RuleError> ruleErrors() {
    return ruleErrors;
  }
}
