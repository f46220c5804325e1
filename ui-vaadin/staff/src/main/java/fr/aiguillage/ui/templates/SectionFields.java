package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.TemplateSection;
import fr.aiguillage.shared.Limits;

/** One section of a template in the editor: its heading and its text with merge fields. */
class SectionFields extends Div {
  final TextField heading = new TextField();
  final TextArea body = new TextArea();
  final Button remove = new Button(VaadinIcon.TRASH.create());

  SectionFields(int index, TemplateSection section, Runnable onChange) {
    addClassName("template-section");
    String id = "section-" + index;
    setId(id);
    heading.setId(id + "-heading");
    heading.setLabel("Titre de la section " + (index + 1));
    heading.setMaxLength(Limits.LABEL);
    heading.setWidthFull();
    heading.setValue(section.heading() == null ? "" : section.heading());
    body.setId(id + "-body");
    body.setLabel("Texte de la section " + (index + 1));
    body.setHelperText(
        "Une ligne vide commence un paragraphe ; des lignes commençant par « - » font une liste.");
    body.setMaxLength(Limits.LONG_TEXT);
    body.setWidthFull();
    body.setMinHeight("8em");
    body.setValue(section.body() == null ? "" : section.body());
    remove.setId(id + "-remove");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    remove.getElement().setAttribute("aria-label", "Retirer la section " + (index + 1));
    remove.setTooltipText("Retirer la section " + (index + 1));
    heading.addValueChangeListener(e -> clearMarks(onChange, e.isFromClient()));
    body.addValueChangeListener(e -> clearMarks(onChange, e.isFromClient()));
    Div top = new Div(heading, remove);
    top.addClassName("template-section-top");
    add(top, body);
  }

  TemplateSection section() {
    return new TemplateSection(heading.getValue(), body.getValue());
  }

  void setEditable(boolean editable) {
    heading.setReadOnly(!editable);
    body.setReadOnly(!editable);
    remove.setVisible(editable);
  }

  private void clearMarks(Runnable onChange, boolean fromClient) {
    if (fromClient) {
      onChange.run();
    }
  }
}
