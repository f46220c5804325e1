package fr.aiguillage.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actions a département offers in its contracts, each with one DREES category. The platform
 * ships a national starting list ({@code fr/aiguillage/contract/actions.json}); the mapping of
 * actions to categories is data the département edits (REFERENCE §7.1).
 */
public record ActionCatalogue(List<CatalogueAction> actions) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,39}");
  private static final Pattern THEMATIQUE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * @throws InvalidInputException with every malformed or repeated code, missing label or category
   */
  public ActionCatalogue {
    actions = List.copyOf(actions);
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      CatalogueAction a = actions.get(i);
      String field = "actions[" + i + "]";
      if (a.code() == null || !CODE.matcher(a.code()).matches()) {
        errors.add(
            new FieldError(
                field + ".code",
                "Le code d'une action commence par une lettre minuscule et ne contient que a-z, 0-9,"
                    + " - et _ (40 caractères au plus)."));
      } else if (!seen.add(a.code())) {
        errors.add(
            new FieldError(field + ".code", "Le code « " + a.code() + " » est déjà utilisé."));
      }
      if (a.label() == null || a.label().isBlank()) {
        errors.add(new FieldError(field + ".label", "Le libellé de l'action est obligatoire."));
      } else {
        Text.problem(a.label(), Limits.LABEL)
            .ifPresent(p -> errors.add(new FieldError(field + ".label", p)));
      }
      if (a.category() == null) {
        errors.add(
            new FieldError(
                field + ".category", "Choisissez la catégorie de l'action (nomenclature DREES)."));
      }
      a.thematiques().stream()
          .filter(t -> !THEMATIQUE.matcher(t).matches())
          .forEach(
              t ->
                  errors.add(
                      new FieldError(
                          field + ".thematiques",
                          "« "
                              + Text.printable(t, 40)
                              + " » n'est pas une thématique data·inclusion (minuscules, chiffres"
                              + " et tirets).")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The platform's starting list. */
  public static ActionCatalogue national() {
    String path = "fr/aiguillage/contract/actions.json";
    try (InputStream in = ActionCatalogue.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return JSON.readValue(in, ActionCatalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  public Optional<CatalogueAction> find(String code) {
    return actions.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The actions that answer any of these thématiques, in catalogue order. */
  public List<CatalogueAction> answering(List<String> thematiques) {
    return actions.stream().filter(a -> thematiques.stream().anyMatch(a::answers)).toList();
  }
}
