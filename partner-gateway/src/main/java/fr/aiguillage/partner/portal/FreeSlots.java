package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.Slots;
import java.util.List;

/**
 * The free slots to choose from when booking or moving an appointment; when there are none, a
 * sentence says so and leads to the calendar to publish some.
 */
class FreeSlots extends Div {
  static final String NONE =
      "Aucun créneau libre dans les quatre semaines : publiez-en dans l'agenda.";

  private final RadioButtonGroup<SlotDetails> group = new RadioButtonGroup<>();
  private final Div none = new Div();

  FreeSlots(String id, String label) {
    group.setId(id);
    group.setLabel(label);
    group.setItemLabelGenerator(FreeSlots::label);
    group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    group.setRequiredIndicatorVisible(true);
    group.setManualValidation(true);
    group.addValueChangeListener(e -> group.setInvalid(false));
    Paragraph sentence = new Paragraph(NONE);
    sentence.setId(id + "-none");
    RouterLink calendar = new RouterLink("Ouvrir l'agenda", CalendarView.class);
    calendar.setId(id + "-calendar");
    none.add(sentence, calendar);
    add(none, group);
  }

  /** Shows these slots, none chosen. */
  void setSlots(List<SlotDetails> slots) {
    group.setItems(slots);
    group.clear();
    group.setVisible(!slots.isEmpty());
    none.setVisible(slots.isEmpty());
  }

  /** The slot chosen, or null. */
  SlotDetails value() {
    return group.getValue();
  }

  /** The field, for its errors. */
  RadioButtonGroup<SlotDetails> field() {
    return group;
  }

  /** Gives the focus to the list, when there is one. */
  void focus() {
    if (group.isVisible()) {
      RadioFocus.on(group);
    }
  }

  /** "mardi 24 novembre 2026 à 10h00 — Sur place — Claire Martin". */
  static String label(SlotDetails s) {
    String referent =
        s.referentName() == null || s.referentName().isBlank() ? "" : " — " + s.referentName();
    return Slots.when(s.startsAt()) + " — " + s.modalityLabel() + referent;
  }
}
