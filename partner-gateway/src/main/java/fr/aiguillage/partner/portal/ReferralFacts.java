package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.orientation.PartnerReferrals.InboxItem;
import fr.aiguillage.orientation.PartnerReferrals.PartnerReferral;
import fr.aiguillage.orientation.PartnerReferrals.ReferentChoice;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Labels;
import java.util.List;
import java.util.Objects;

/**
 * The facts of a referral as description lists ({@code dl}): the orientation, the person, the
 * answer, the first appointment.
 */
final class ReferralFacts {
  private ReferralFacts() {}

  /** Where the referral comes from, what it asks, and by when. */
  static DescriptionList orientation(PartnerReferral r) {
    InboxItem s = r.summary();
    Span due = new Span(new Span(Formats.day(s.dueAt())));
    if (s.overdue()) {
      due.add(new Span(" "), Badges.overdue());
    }
    if (s.reviewingSince() != null && "PENDING".equals(s.status())) {
      due.add(new Span(" "), PortalBadges.reviewing());
    }
    DescriptionList list = list("referral-facts");
    add(
        list,
        "fact-departement",
        "Département",
        text(PortalTexts.departement(s.departementName(), s.departement())));
    add(list, "fact-structure", "Structure", text(s.structureName()));
    add(list, "fact-pathway", "Parcours", text(s.pathwayLabel()));
    add(list, "fact-sent", "Adressée le", text(Formats.day(s.sentAt())));
    add(list, "fact-due", "Échéance", due);
    add(list, "fact-status", "État", PortalBadges.status(s.status()));
    return list;
  }

  /** Who the person is and how to reach them. */
  static DescriptionList person(PartnerReferral r) {
    DescriptionList list = list("person-facts");
    add(
        list,
        "fact-birth",
        "Date de naissance",
        text(PortalTexts.orUnknown(Formats.day(r.birthDate()))));
    add(list, "fact-phone", "Téléphone", text(PortalTexts.orUnknown(r.phone())));
    add(list, "fact-email", "Courriel", text(PortalTexts.orUnknown(r.email())));
    add(list, "fact-address", "Adresse", address(r.address()));
    return list;
  }

  /** The answer given: who, when, and the referent or the reason. */
  static DescriptionList answer(PartnerReferral r) {
    DescriptionList list = list("answer-facts");
    String status = r.summary().status();
    add(list, "answer-decision", "Réponse", text(Labels.referralStatus(status)));
    if (r.answeredBy() != null && !r.answeredBy().isBlank()) {
      add(list, "answer-by", "Par", text(r.answeredBy()));
    }
    if (r.answeredAt() != null) {
      add(list, "answer-at", "Le", text(Formats.at(r.answeredAt())));
    }
    if ("ACCEPTED".equals(status)) {
      add(list, "answer-referent", "Référent", text(referentName(r)));
    }
    if ("REFUSED".equals(status)) {
      add(list, "answer-reason", "Motif", text(PortalTexts.orUnknown(r.refusalReason())));
      if (r.answerText() != null && !r.answerText().isBlank()) {
        add(list, "answer-text", "Précisions", text(r.answerText()));
      }
    }
    return list;
  }

  /** The booked appointment: when, how, where, with whom. */
  static DescriptionList appointment(AppointmentDetails a) {
    DescriptionList list = list("appointment-facts");
    add(list, "appointment-when", "Date et heure", text(Slots.when(a.startsAt())));
    add(list, "appointment-modality", "Modalité", text(a.modalityLabel()));
    if (a.location() != null && !a.location().isBlank()) {
      add(list, "appointment-location", "Adresse ou lien", text(a.location()));
    }
    add(list, "appointment-referent", "Référent", text(PortalTexts.orUnknown(a.referentName())));
    add(list, "appointment-state", "État", PortalBadges.appointment(a.status(), a.statusLabel()));
    return list;
  }

  private static String referentName(PartnerReferral r) {
    if (r.referentId() == null) {
      return PortalTexts.UNKNOWN;
    }
    List<ReferentChoice> referents = r.referents() == null ? List.of() : r.referents();
    return referents.stream()
        .filter(x -> Objects.equals(x.id(), r.referentId()))
        .map(ReferentChoice::name)
        .findFirst()
        .orElse("Référent qui ne fait plus partie de la structure");
  }

  private static Component address(List<String> lines) {
    if (lines == null || lines.isEmpty()) {
      return text(PortalTexts.UNKNOWN);
    }
    Div address = new Div();
    address.addClassName("portal-address");
    lines.forEach(line -> address.add(new Div(line)));
    return address;
  }

  private static DescriptionList list(String id) {
    DescriptionList list = new DescriptionList();
    list.setId(id);
    list.addClassName("portal-facts");
    return list;
  }

  private static void add(DescriptionList list, String id, String term, Component value) {
    Description description = new Description(value);
    description.setId(id);
    list.add(new Term(term), description);
  }

  private static Span text(String value) {
    return new Span(value == null ? "" : value);
  }
}
