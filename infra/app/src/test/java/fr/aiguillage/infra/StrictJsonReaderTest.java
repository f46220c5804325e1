package fr.aiguillage.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.aiguillage.shared.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API's JSON reading, without a container: nothing is coerced, every refusal names its field.
 */
class StrictJsonReaderTest {
  enum Pathway {
    PROFESSIONAL,
    SOCIAL
  }

  record Child(String code, int hours) {}

  record Input(
      Boolean enabled,
      boolean flag,
      Integer days,
      int count,
      String caf,
      Pathway pathway,
      UUID id,
      LocalDate day,
      List<Child> children,
      Map<String, Object> answers) {}

  /** A value that checks itself, as an action plan does. */
  record Checked(int hours) {
    Checked {
      if (hours > 35) {
        throw new fr.aiguillage.shared.InvalidInputException("hours", "35 heures au plus.");
      }
    }
  }

  record Holder(List<Checked> plan) {}

  static FieldError refusal(String json) {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> StrictJsonReader.MAPPER.readValue(json, Input.class));
    assertThat(e).as(json + " is refused").isNotNull();
    return StrictJsonReader.unreadable(e);
  }

  static Input read(String json) throws Exception {
    return StrictJsonReader.MAPPER.readValue(json, Input.class);
  }

  @Test
  void aValueCheckingItselfIsRefusedWithItsOwnFieldUnderItsPath() {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () ->
                StrictJsonReader.MAPPER.readValue(
                    "{\"plan\":[{\"hours\":3},{\"hours\":40}]}", Holder.class));
    List<FieldError> errors = StrictJsonReader.refusedByConstructor(e).orElseThrow();
    assertThat(errors).extracting(FieldError::field).containsExactly("plan[1].hours");
    assertThat(errors.get(0).message()).isEqualTo("35 heures au plus.");
  }

  @Test
  void aBooleanIsTrueOrFalseOnly() throws Exception {
    assertThat(refusal("{\"enabled\":\"no\"}").field()).isEqualTo("enabled");
    assertThat(refusal("{\"enabled\":\"yes\"}").message()).contains("true ou false");
    assertThat(refusal("{\"enabled\":1}").field()).isEqualTo("enabled");
    assertThat(refusal("{\"flag\":\"true\"}").field()).isEqualTo("flag");
    assertThat(read("{\"enabled\":false}").enabled()).isFalse();
  }

  @Test
  void anIntegerIsNeitherCutNorReadFromText() {
    assertThat(refusal("{\"days\":4.5}").field()).isEqualTo("days");
    assertThat(refusal("{\"days\":\"10\"}").field()).isEqualTo("days");
    assertThat(refusal("{\"count\":2147483648}").field()).isEqualTo("count");
    assertThat(refusal("{\"count\":1e40}").field()).isEqualTo("count");
  }

  @Test
  void anAbsentPrimitiveKeepsItsDefault() throws Exception {
    assertThat(read("{}").count()).isZero();
    assertThat(read("{}").flag()).isFalse();
  }

  @Test
  void aTextIsNotANumberAndEnumsUuidsAndDaysAreNamed() {
    assertThat(refusal("{\"caf\":1234567}").field()).isEqualTo("caf");
    FieldError pathway = refusal("{\"pathway\":\"GLOBAL\"}");
    assertThat(pathway.field()).isEqualTo("pathway");
    assertThat(pathway.message()).contains("PROFESSIONAL, SOCIAL");
    assertThat(refusal("{\"id\":\"abc\"}").field()).isEqualTo("id");
    assertThat(refusal("{\"day\":\"31/03/2025\"}").message()).contains("AAAA-MM-JJ");
  }

  @Test
  void nestedFieldsCarryTheirPathAndShapesAreChecked() {
    assertThat(refusal("{\"children\":[{\"code\":\"a\"},{\"hours\":\"x\"}]}").field())
        .isEqualTo("children[1].hours");
    assertThat(refusal("{\"children\":{}}").field()).isEqualTo("children");
    assertThat(refusal("{\"answers\":[]}").field()).isEqualTo("answers");
    assertThat(refusal("[]").field()).isEqualTo("body");
  }

  @Test
  void unknownAndRepeatedFieldsAreRefusedByName() {
    assertThat(refusal("{\"enabeld\":true}").field()).isEqualTo("enabeld");
    assertThat(refusal("{\"children\":[{\"cod\":\"a\"}]}").field()).isEqualTo("children[0].cod");
    FieldError twice = refusal("{\"caf\":\"1\",\"caf\":\"2\"}");
    assertThat(twice.field()).isEqualTo("caf");
    assertThat(twice.message()).contains("deux fois");
    assertThat(refusal("{\"caf\":").field()).isEqualTo("body");
  }

  @Test
  void controlCharactersAreFoundInEveryTypedTextAndFreeFormMapsAreLeftToTheirContext()
      throws Exception {
    List<FieldError> errors = new java.util.ArrayList<>();
    TextRules.check(
        StrictJsonReader.MAPPER.readTree(
            "{\"caf\":\"a\\u0000b\",\"children\":[{\"code\":\"ok\"},{\"code\":\"x\\u0007\"}],"
                + "\"answers\":{\"q\":\"a\\u0000b\"}}"),
        StrictJsonReader.MAPPER.constructType(Input.class),
        "",
        errors);
    assertThat(errors).extracting(FieldError::field).containsExactly("caf", "children[1].code");
  }
}
