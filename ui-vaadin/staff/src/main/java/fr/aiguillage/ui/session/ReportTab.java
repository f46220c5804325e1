package fr.aiguillage.ui.session;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.aiguillage.session.SessionDesk;
import fr.aiguillage.session.SessionReport;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/** The session's figures, and the same as a CSV file. */
class ReportTab extends VerticalLayout {
  ReportTab(SessionDesk desk, UUID id) {
    setPadding(false);
    setId("report-tab");
    add(new H2("Bilan de la session"));
    ServiceCalls.attempt(() -> desk.report(id))
        .ifPresent(
            r -> {
              DescriptionList figures = new DescriptionList();
              figures.setId("report-figures");
              figures.addClassName("session-figures");
              figure(figures, "Places", r.capacity());
              figure(figures, "Invités", r.invited());
              figure(figures, "Ne viendront pas", r.declined());
              figure(figures, "Sans invitation", r.walkIns());
              figure(figures, "Présents", r.present());
              figure(figures, "En retard", r.late());
              figure(figures, "Excusés", r.excused());
              figure(figures, "Absents", r.absent());
              figure(figures, "Orientés le jour même", r.orientedSameDay());
              figure(figures, "Mis de côté", r.setAside());
              figure(figures, "Contrats signés", r.contractsSigned());
              figure(figures, "Rendez-vous fixés", r.appointmentsBooked());
              figures.add(
                  new DescriptionList.Term("Délai depuis l'entrée dans les droits et devoirs"),
                  new DescriptionList.Description(delay(r.delayFromRightsStart())));
              figures.add(
                  new DescriptionList.Term("Délai depuis la demande de RSA"),
                  new DescriptionList.Description(delay(r.delayFromClaim())));
              add(figures);
              Anchor csv =
                  new Anchor(
                      DownloadHandler.fromInputStream(
                          download -> {
                            byte[] bytes = desk.report(id).csv();
                            return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "bilan-session-" + r.day() + ".csv",
                                "text/csv",
                                bytes.length);
                          }),
                      AttachmentType.DOWNLOAD,
                      "Télécharger le bilan (CSV)");
              csv.setId("report-csv");
              add(csv);
            });
  }

  private static void figure(DescriptionList list, String label, int value) {
    list.add(
        new DescriptionList.Term(label), new DescriptionList.Description(String.valueOf(value)));
  }

  static String delay(SessionReport.Delay d) {
    if (d == null || d.count() == 0 || d.meanDays() == null) {
      return "—";
    }
    return String.format(
        java.util.Locale.FRANCE,
        "%.1f jours en moyenne, %.1f en médiane (%d personne(s))",
        d.meanDays(),
        d.medianDays(),
        d.count());
  }
}
