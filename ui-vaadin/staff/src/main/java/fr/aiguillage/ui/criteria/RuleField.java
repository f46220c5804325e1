package fr.aiguillage.ui.criteria;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a rule a refusal can point at, by their name in the service's field path. */
enum RuleField {
  CODE("code"),
  CONDITION("condition"),
  PATHWAY("pathway"),
  TARGET_KIND("targetKind"),
  EXPLANATION("explanation");

  private final String path;

  RuleField(String path) {
    this.path = path;
  }

  String path() {
    return path;
  }

  static Optional<RuleField> of(String path) {
    return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
  }
}
