package fr.aiguillage.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.beneficiary.BeneficiariesView;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import fr.aiguillage.ui.security.StaffAccess;
import fr.aiguillage.ui.statistics.NationalStatisticsView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/** Where each role finds what it can do here, including those with no staff menu. */
@Route(value = "accueil", layout = MainLayout.class)
@PageTitle("Accueil — Aiguillage")
@PermitAll
public class HomeView extends VerticalLayout {

  @Inject
  public HomeView(CurrentCaller currentCaller) {
    Caller caller = currentCaller.get();
    H1 title = PageHeading.title("Bienvenue sur Aiguillage");
    add(title);
    boolean any = false;
    if (StaffAccess.isStaff(caller::hasRole)) {
      add(
          new Paragraph(
              "Retrouvez les personnes suivies par votre département, ouvrez leur dossier et"
                  + " corrigez-le."),
          id(new RouterLink("Voir les personnes", BeneficiariesView.class), "home-people"));
      any = true;
    }
    if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
      add(
          new Paragraph(
              "Vous administrez la plateforme : la création et la suspension des départements se"
                  + " font par l'API d'administration (/api/v1/admin/tenants), documentée ici :"),
          id(external("/openapi", "Documentation de l'API"), "home-openapi"));
      any = true;
    }
    if (caller.hasRole(Roles.STATS_READER) || caller.hasRole(Roles.PLATFORM_ADMIN)) {
      add(
          new Paragraph(
              "Les statistiques nationales : tous les départements côte à côte et leur ensemble,"
                  + " avec le secret statistique, à lire et à télécharger (CSV, classeur XLSX)."),
          id(
              new RouterLink("Voir les statistiques nationales", NationalStatisticsView.class),
              "home-national-statistics"));
      any = true;
    }
    if (caller.hasRole(Roles.PARTNER_USER) || caller.hasRole(Roles.PARTNER_ADMIN)) {
      add(
          new Paragraph(
              "Les orientations adressées à votre structure se traitent sur le portail des"
                  + " partenaires."),
          id(external("/partenaires", "Ouvrir le portail des partenaires"), "home-partners"));
      any = true;
    }
    if (!any) {
      add(
          new Paragraph(
              "Votre compte n'a aucun rôle dans l'application du personnel. Si vous en avez"
                  + " besoin, adressez-vous à l'administrateur de votre département."));
    }
  }

  /** A page served outside this UI: the browser loads it for real. */
  private static Anchor external(String href, String text) {
    Anchor anchor = new Anchor(href, text);
    anchor.setRouterIgnore(true);
    return anchor;
  }

  private static <C extends Component> C id(C component, String id) {
    component.setId(id);
    return component;
  }
}
