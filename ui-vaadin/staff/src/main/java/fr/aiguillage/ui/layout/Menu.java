package fr.aiguillage.ui.layout;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.beneficiary.BeneficiariesView;
import fr.aiguillage.ui.contract.MyContractsView;
import fr.aiguillage.ui.coordination.CoordinationView;
import fr.aiguillage.ui.criteria.CriteriaView;
import fr.aiguillage.ui.directory.DirectoryView;
import fr.aiguillage.ui.home.HomeView;
import fr.aiguillage.ui.intake.ImportsView;
import fr.aiguillage.ui.orientation.OrientationsView;
import fr.aiguillage.ui.questionnaire.QuestionnaireView;
import fr.aiguillage.ui.security.StaffAccess;
import fr.aiguillage.ui.session.SessionsView;
import fr.aiguillage.ui.settings.SettingsView;
import fr.aiguillage.ui.statistics.NationalStatisticsView;
import fr.aiguillage.ui.statistics.StatisticsView;
import fr.aiguillage.ui.templates.ContractTemplatesView;

/** The menu shows what the caller's roles open; the views are locked regardless. */
class Menu extends SideNav {
  Menu(Caller caller) {
    setId("menu");
    getElement().setAttribute("aria-label", "Menu principal");
    addItem(new SideNavItem("Accueil", HomeView.class, VaadinIcon.HOME.create()));
    if (StaffAccess.isStaff(caller::hasRole)) {
      // Its alias "personnes" rather than "" so that a person's page keeps the item highlighted.
      SideNavItem people =
          new SideNavItem("Personnes", BeneficiariesView.ALIAS, VaadinIcon.USERS.create());
      people.setMatchNested(true);
      addItem(people);
      addItem(
          new SideNavItem("À orienter", OrientationsView.class, VaadinIcon.ROAD_BRANCHES.create()));
      if (caller.hasRole(Roles.REFERENT)
          || caller.hasRole(Roles.COORDINATOR)
          || caller.hasRole(Roles.TENANT_ADMIN)) {
        SideNavItem contracts =
            new SideNavItem("Mes contrats", MyContractsView.class, VaadinIcon.FILE_TEXT_O.create());
        contracts.setId("menu-contracts");
        contracts.setMatchNested(true);
        addItem(contracts);
      }
      if (caller.hasRole(Roles.ORIENTATION_AGENT)
          || caller.hasRole(Roles.COORDINATOR)
          || caller.hasRole(Roles.TENANT_ADMIN)) {
        addItem(
            new SideNavItem("Suivi des délais", CoordinationView.class, VaadinIcon.TIMER.create()));
        SideNavItem sessions =
            new SideNavItem("Sessions collectives", SessionsView.class, VaadinIcon.GROUP.create());
        sessions.setId("menu-sessions");
        sessions.setMatchNested(true);
        addItem(sessions);
      }
      addItem(new SideNavItem("Critères", CriteriaView.class, VaadinIcon.SITEMAP.create()));
      addItem(
          new SideNavItem(
              "Questionnaire", QuestionnaireView.class, VaadinIcon.CLIPBOARD_TEXT.create()));
      addItem(
          new SideNavItem(
              "Modèles de contrat", ContractTemplatesView.class, VaadinIcon.FILE_TEXT_O.create()));
      addItem(new SideNavItem("Annuaire", DirectoryView.class, VaadinIcon.BOOK.create()));
      if (caller.hasRole(Roles.ORIENTATION_AGENT)
          || caller.hasRole(Roles.COORDINATOR)
          || caller.hasRole(Roles.TENANT_ADMIN)) {
        if (caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.TENANT_ADMIN)) {
          SideNavItem statistics =
              new SideNavItem("Statistiques", StatisticsView.class, VaadinIcon.CHART.create());
          statistics.setId("menu-statistics");
          addItem(statistics);
        }
        addItem(new SideNavItem("Imports", ImportsView.class, VaadinIcon.UPLOAD.create()));
        addItem(new SideNavItem("Paramètres", SettingsView.class, VaadinIcon.COG.create()));
      }
    }
    if (caller.hasRole(Roles.STATS_READER) || caller.hasRole(Roles.PLATFORM_ADMIN)) {
      SideNavItem national =
          new SideNavItem(
              "Statistiques nationales", NationalStatisticsView.class, VaadinIcon.GLOBE.create());
      national.setId("menu-national-statistics");
      addItem(national);
    }
    if (caller.hasRole(Roles.PARTNER_USER) || caller.hasRole(Roles.PARTNER_ADMIN)) {
      SideNavItem partners =
          new SideNavItem("Portail partenaires", "/partenaires", VaadinIcon.EXIT_O.create());
      partners.setRouterIgnore(true);
      addItem(partners);
    }
  }
}
