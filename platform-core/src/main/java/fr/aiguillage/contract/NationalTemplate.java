package fr.aiguillage.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A national default template the platform ships, read from {@code
 * fr/aiguillage/contract/<kind>.json}: the département adopts it as its first draft. Its legal
 * mentions are the ones every version of that kind carries.
 */
public record NationalTemplate(
    ContractKind kind, String title, List<TemplateSection> sections, List<String> legalMentions) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public NationalTemplate {
    sections = List.copyOf(sections);
    legalMentions = List.copyOf(legalMentions);
  }

  /** The national default of this kind. */
  public static NationalTemplate of(ContractKind kind) {
    String path = "fr/aiguillage/contract/" + kind.resourceName() + ".json";
    try (InputStream in = NationalTemplate.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing national template " + path);
      }
      NationalTemplate t = JSON.readValue(in, NationalTemplate.class);
      if (t.kind() != kind) {
        throw new IllegalStateException(path + " holds a template of kind " + t.kind());
      }
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
