package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** A radio group takes no focus itself: its checked button, or else its first one, does. */
final class RadioFocus {
  private RadioFocus() {}

  static void on(RadioButtonGroup<?> group) {
    group
        .getElement()
        .executeJs(
            "requestAnimationFrame(() => {"
                + " const b = this.querySelector('vaadin-radio-button[checked]')"
                + " || this.querySelector('vaadin-radio-button');"
                + " if (b) { b.focus(); } });");
  }
}
