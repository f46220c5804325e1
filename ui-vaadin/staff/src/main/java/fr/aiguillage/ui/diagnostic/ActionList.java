package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** The actions agreed with the person: typed one by one, each removable. */
class ActionList extends Div {
  private final TextField input = new TextField("Action à engager");
  private final Button addButton = new Button("Ajouter");
  private final UnorderedList list = new UnorderedList();
  private final List<String> actions = new ArrayList<>();
  private final HorizontalLayout entry;
  private boolean readOnly;

  ActionList() {
    setId("actions");
    input.setId("action-input");
    input.setMaxLength(500);
    input.setHelperText("Par exemple : prendre rendez-vous avec la Mission locale.");
    addButton.setId("action-add");
    addButton.addClickListener(click -> addTyped());
    input.addKeyPressListener(Key.ENTER, e -> addTyped());
    list.setId("action-list");
    list.getElement().setAttribute("aria-label", "Actions");
    entry = new HorizontalLayout(input, addButton);
    entry.setAlignItems(FlexComponent.Alignment.BASELINE);
    entry.setFlexGrow(1, input);
    entry.setWidthFull();
    add(entry, list);
  }

  List<String> values() {
    return List.copyOf(actions);
  }

  void show(List<String> values) {
    actions.clear();
    if (values != null) {
      actions.addAll(values);
    }
    render();
  }

  void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    entry.setVisible(!readOnly);
    render();
  }

  private void addTyped() {
    String text = input.getValue() == null ? "" : input.getValue().strip();
    if (text.isEmpty()) {
      input.focus();
      return;
    }
    actions.add(text);
    input.clear();
    render();
    input.focus();
  }

  private void render() {
    list.removeAll();
    for (int i = 0; i < actions.size(); i++) {
      int index = i;
      String action = actions.get(i);
      ListItem item = new ListItem(new Span(action));
      item.setId("action-" + i);
      if (!readOnly) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel("Retirer l'action « " + action + " »");
        remove.setId("action-remove-" + i);
        remove.addClickListener(
            click -> {
              actions.remove(index);
              render();
              input.focus();
            });
        item.add(remove);
      }
      list.add(item);
    }
    list.setVisible(!actions.isEmpty());
  }
}
