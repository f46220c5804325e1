package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.contract.MergeField;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The closed list of merge fields beside the editor: a button inserts the field where the cursor
 * was in the last section text used; its name and description say what it will show.
 */
class MergeFieldList extends Aside {
  private final UnorderedList items = new UnorderedList();

  MergeFieldList(Consumer<MergeField> onInsert) {
    setId("merge-fields");
    addClassName("merge-fields");
    H2 title = new H2("Champs de fusion");
    title.setId("merge-fields-title");
    getElement().setAttribute("aria-labelledby", "merge-fields-title");
    Paragraph how =
        new Paragraph(
            "Cliquez sur un champ pour l'insérer à l'endroit du curseur dans le texte de section"
                + " utilisé en dernier. Un champ que le dossier ne renseigne pas s'affiche"
                + " « [non renseigné : …] ».");
    how.addClassName("secondary");
    for (MergeField field : MergeField.values()) {
      Button insert = new Button(field.label(), click -> onInsert.accept(field));
      insert.setId(id(field));
      insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      insert.getElement().setAttribute("aria-label", "Insérer « " + field.label() + " »");
      insert.setTooltipText(field.description());
      Span description = new Span(field.description());
      description.addClassName("merge-field-description");
      items.add(new ListItem(insert, new Code(field.placeholder()), description));
    }
    add(title, how, items);
  }

  void setInsertable(boolean enabled) {
    items
        .getChildren()
        .flatMap(item -> item.getChildren())
        .filter(Button.class::isInstance)
        .map(Button.class::cast)
        .forEach(b -> b.setEnabled(enabled));
  }

  /** "merge-personne-nom" for {{personne.nom}}. */
  static String id(MergeField field) {
    return "merge-" + field.key().replaceAll("[^a-z]+", "-").toLowerCase(Locale.ROOT);
  }
}
