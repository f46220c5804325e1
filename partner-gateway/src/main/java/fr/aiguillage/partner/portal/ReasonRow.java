package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.orientation.PartnerReferrals.ReasonSetting;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One refusal reason in the list being edited, at position {@code i}: its code, its label, whether
 * it is offered, and the buttons to move it up or down or take it out ("Autre motif" stays). Its
 * fields are named as the service names them in its refusals: {@code reasons[i].code}, …
 */
class ReasonRow extends ListItem {
  private final int index;
  private final TextField code = new TextField("Code");
  private final TextField label = new TextField("Libellé");
  private final Checkbox active = new Checkbox("Proposé");
  private final Button up = new Button(VaadinIcon.ARROW_UP.create());
  private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
  private final Button remove = new Button("Retirer");

  ReasonRow(
      int index,
      int count,
      ReasonSetting s,
      IntConsumer onUp,
      IntConsumer onDown,
      IntConsumer onRemove) {
    this.index = index;
    addClassName("reason-item");
    code.setId("reason-code-" + index);
    code.addClassName("reason-code");
    code.setValue(s.code() == null ? "" : s.code());
    code.setMaxLength(40);
    code.setAllowedCharPattern("[A-Za-z0-9_]");
    code.setManualValidation(true);
    code.addValueChangeListener(
        e -> {
          code.setInvalid(false);
          String upper = e.getValue().toUpperCase(Locale.ROOT);
          if (e.isFromClient() && !upper.equals(e.getValue())) {
            code.setValue(upper);
          }
        });
    label.setId("reason-label-" + index);
    label.addClassName("reason-label");
    label.setValue(s.label() == null ? "" : s.label());
    label.setMaxLength(200);
    label.setManualValidation(true);
    label.addValueChangeListener(
        e -> {
          label.setInvalid(false);
          name();
        });
    active.setId("reason-active-" + index);
    active.addClassName("reason-active");
    active.setValue(s.active() == null || s.active());
    active.addValueChangeListener(e -> active.setInvalid(false));
    up.setId("reason-up-" + index);
    up.setTooltipText("Monter");
    up.setEnabled(index > 0);
    up.addClickListener(click -> onUp.accept(index));
    down.setId("reason-down-" + index);
    down.setTooltipText("Descendre");
    down.setEnabled(index < count - 1);
    down.addClickListener(click -> onDown.accept(index));
    remove.setId("reason-remove-" + index);
    remove.addClickListener(click -> onRemove.accept(index));
    remove.setVisible(!RefuseDialog.OTHER.equals(s.code()));
    for (Button b : new Button[] {up, down, remove}) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    Div row = new Div(code, label, active, up, down, remove);
    row.addClassName("reason-row");
    row.getElement().setAttribute("role", "group");
    row.getElement().setAttribute("aria-label", "Motif " + (index + 1));
    add(row);
    name();
  }

  /** The reason as typed: the code in capitals, both texts without the spaces around them. */
  ReasonSetting setting() {
    return new ReasonSetting(
        code.getValue().strip().toUpperCase(Locale.ROOT),
        label.getValue().strip(),
        active.getValue());
  }

  /** The row's fields under the names the service gives them in its refusals. */
  Map<String, HasValidation> fields() {
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    String prefix = "reasons[" + index + "].";
    fields.put(prefix + "code", code);
    fields.put(prefix + "label", label);
    fields.put(prefix + "active", active);
    return fields;
  }

  void focusCode() {
    code.focus();
  }

  void focusLabel() {
    label.focus();
  }

  /** After a move, the focus stays on the button pressed; on the other one at either end. */
  void focusMove(boolean wentUp) {
    Button pressed = wentUp ? up : down;
    (pressed.isEnabled() ? pressed : wentUp ? down : up).focus();
  }

  /** The buttons say which reason they act on, with its label as it now reads. */
  private void name() {
    String text = label.getValue().isBlank() ? "Motif " + (index + 1) : label.getValue().strip();
    String reason = "le motif « " + text + " »";
    up.setAriaLabel("Monter " + reason);
    down.setAriaLabel("Descendre " + reason);
    remove.setAriaLabel("Retirer " + reason);
  }
}
