package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.criteria.NationalCriteria;
import fr.aiguillage.criteria.Rule;
import fr.aiguillage.criteria.RuleError;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RuleEditorTest {
  private final AtomicInteger edits = new AtomicInteger();

  private static Rule rule(String code, String condition) {
    return new Rule(code, condition, Pathway.SOCIAL, null, false, "Parce que.", false);
  }

  private RuleEditor editor(List<Rule> rules, boolean editable) {
    RuleEditor editor = new RuleEditor(edits::incrementAndGet);
    editor.setEditable(editable);
    editor.show(rules);
    return editor;
  }

  private static List<String> codes(RuleEditor editor) {
    return editor.rules().stream().map(Rule::code).toList();
  }

  @Test
  void showsTheRulesInOrderAndGivesThemBack() {
    List<Rule> national = NationalCriteria.rules();
    RuleEditor editor = editor(national, true);
    assertThat(editor.rules()).as("round trip").isEqualTo(national);
    assertThat(Find.byId(editor, "rule-0-code", TextField.class).getValue()).isEqualTo("social");
    assertThat(Find.byId(editor, "rule-0-condition", TextArea.class).getValue())
        .isEqualTo(national.get(0).condition());
    assertThat(Find.byId(editor, "rule-0-unverified", Span.class).isVisible())
        .as("an unverified national rule is marked")
        .isTrue();
    int last = national.size() - 1;
    assertThat(Find.byId(editor, "rule-" + last + "-unverified", Span.class).isVisible())
        .as("the platform's catch-all is not")
        .isFalse();
  }

  @Test
  void movesARuleUpAndDownAndRenumbersTheIds() {
    RuleEditor editor =
        editor(List.of(rule("a", "age < 26"), rule("b", "age > 50"), rule("c", "true")), true);
    Find.byId(editor, "rule-1-up", Button.class).click();
    assertThat(codes(editor)).containsExactly("b", "a", "c");
    assertThat(Find.byId(editor, "rule-0-code", TextField.class).getValue()).isEqualTo("b");
    assertThat(Find.byId(editor, "rule-0-up", Button.class).isEnabled())
        .as("the first rule cannot go up")
        .isFalse();
    assertThat(Find.byId(editor, "rule-0-up", Button.class).getAriaLabel())
        .contains("Monter la règle 1");
    Find.byId(editor, "rule-0-down", Button.class).click();
    assertThat(codes(editor)).containsExactly("a", "b", "c");
    assertThat(edits).as("each move is a change").hasValue(2);
  }

  @Test
  void deletesARule() {
    RuleEditor editor = editor(List.of(rule("a", "age < 26"), rule("b", "true")), true);
    Find.byId(editor, "rule-0-delete", Button.class).click();
    assertThat(codes(editor)).containsExactly("b");
    assertThat(Find.find(editor, "rule-1-code")).isEmpty();
  }

  @Test
  void addsARuleBeforeTheFinalCatchAll() {
    assertThat(RuleEditor.insertionIndex(List.of(rule("a", "age < 26"), rule("b", " true "))))
        .isEqualTo(1);
    assertThat(RuleEditor.insertionIndex(List.of(rule("a", "age < 26")))).isEqualTo(1);
    assertThat(RuleEditor.insertionIndex(List.of())).isZero();
    RuleEditor editor = editor(List.of(rule("a", "age < 26"), rule("b", "true")), true);
    Find.byId(editor, "add-rule", Button.class).click();
    assertThat(codes(editor)).containsExactly("a", "", "b");
    assertThat(editor.rules().get(1).unverified()).as("a new rule is the département's").isFalse();
  }

  @Test
  void putsEachRefusalOnItsRowAndField() {
    RuleEditor editor =
        editor(List.of(rule("a", "age < 26"), rule("b", "agee > 3"), rule("c", "true")), true);
    List<String> unplaced =
        editor.showErrors(
            List.of(
                new RuleError(1, "b", "rules[1].condition", 1, 1, "variable inconnue « agee »."),
                new RuleError(1, "b", "rules[1].explanation", 0, 0, "écrivez la phrase."),
                new RuleError(0, "-", "rules", 0, 0, "la table de critères est vide.")));
    TextArea condition = Find.byId(editor, "rule-1-condition", TextArea.class);
    assertThat(condition.isInvalid()).isTrue();
    assertThat(condition.getErrorMessage())
        .isEqualTo("Ligne 1, colonne 1 : variable inconnue « agee ».");
    assertThat(Find.byId(editor, "rule-1-explanation", TextArea.class).getErrorMessage())
        .isEqualTo("Écrivez la phrase.");
    assertThat(Find.byId(editor, "rule-0-condition", TextArea.class).isInvalid()).isFalse();
    assertThat(unplaced).containsExactly("Règle 1 (-) : la table de critères est vide.");
    assertThat(
            Find.byId(editor, "rule-errors", com.vaadin.flow.component.html.Div.class).isVisible())
        .isTrue();
    editor.clearErrors();
    assertThat(condition.isInvalid()).isFalse();
  }

  @Test
  void isReadOnlyWhenNotEditable() {
    RuleEditor editor =
        editor(
            List.of(
                new Rule(
                    "a",
                    "true",
                    Pathway.PROFESSIONAL,
                    StructureKind.MISSION_LOCALE,
                    true,
                    "x",
                    true)),
            false);
    assertThat(Find.byId(editor, "rule-0-condition", TextArea.class).isReadOnly()).isTrue();
    assertThat(Find.byId(editor, "rule-0-delete", Button.class).isVisible()).isFalse();
    assertThat(Find.byId(editor, "rule-0-verify", Button.class).isVisible()).isFalse();
    assertThat(Find.byId(editor, "add-rule", Button.class).isVisible()).isFalse();
    assertThat(editor.rules().get(0).targetKind()).isEqualTo(StructureKind.MISSION_LOCALE);
  }

  @Test
  void anAdministratorMarksARuleAsVerified() {
    RuleEditor editor =
        editor(List.of(new Rule("a", "true", Pathway.SOCIAL, null, false, "x", true)), true);
    Find.byId(editor, "rule-0-verify", Button.class).click();
    assertThat(editor.rules().get(0).unverified()).isFalse();
    assertThat(Find.byId(editor, "rule-0-unverified", Span.class).isVisible()).isFalse();
    assertThat(edits).hasValue(1);
  }
}
