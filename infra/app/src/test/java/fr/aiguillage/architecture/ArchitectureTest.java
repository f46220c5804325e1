package fr.aiguillage.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationJournal;
import fr.aiguillage.orientation.OrientationQueries;
import fr.aiguillage.orientation.Referrals;

/** DESIGN §3's dependency rules, checked on the compiled modules. */
@AnalyzeClasses(
    packages = "fr.aiguillage",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
  /** A test jar on the classpath (fixtures such as the core's) holds tests too. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /** Every bounded context of platform-core, and its shared kernel. */
  static final String KIT = "fr.aiguillage.ui.kit..";

  static final String[] CORE = {
    "fr.aiguillage.tenancy..",
    "fr.aiguillage.beneficiary..",
    "fr.aiguillage.intake..",
    "fr.aiguillage.questionnaire..",
    "fr.aiguillage.diagnostic..",
    "fr.aiguillage.criteria..",
    "fr.aiguillage.orientation..",
    "fr.aiguillage.directory..",
    "fr.aiguillage.appointment..",
    "fr.aiguillage.contract..",
    "fr.aiguillage.session..",
    "fr.aiguillage.statistics..",
    "fr.aiguillage.notification..",
    "fr.aiguillage.webhook..",
    "fr.aiguillage.identity..",
    "fr.aiguillage.settings..",
    "fr.aiguillage.audit..",
    "fr.aiguillage.events..",
    "fr.aiguillage.persistence..",
    "fr.aiguillage.shared..",
    "fr.aiguillage.vocabulary.."
  };

  static final String ORIENTATION = "fr.aiguillage.orientation.Orientation";

  /**
   * An orientation takes a step ({@code moveTo}, or {@code decide} and the move to DECIDED) only
   * through {@link OrientationJournal}, which records and publishes it: no other class, in the
   * orientation's package or elsewhere, calls the aggregate's transitions.
   */
  @ArchTest
  static final ArchRule onlyTheJournalMovesAnOrientation =
      noClasses()
          .that()
          .doNotBelongToAnyOf(Orientation.class, OrientationJournal.class)
          .should()
          .callMethod(
              ORIENTATION,
              "moveTo",
              "fr.aiguillage.orientation.OrientationState",
              "java.lang.String",
              "java.lang.String",
              "java.time.Instant")
          .orShould()
          .callMethod(
              ORIENTATION,
              "decide",
              "fr.aiguillage.orientation.Decision",
              "java.lang.String",
              "java.time.Instant")
          .because("the journal is the one place where a step is recorded and published");

  /** Appointments reach the orientation through their events, not through its services. */
  @ArchTest
  static final ArchRule appointmentsReactThroughEvents =
      noClasses()
          .that()
          .resideInAPackage("fr.aiguillage.appointment..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(
              OrientationQueries.class,
              OrientationDecisions.class,
              Referrals.class,
              OrientationJournal.class)
          .because("the orientation follows the AppointmentMilestone event");

  @ArchTest
  static final ArchRule theCoreImportsNoEdge =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "com.vaadin..",
              "fr.aiguillage.admin..",
              "fr.aiguillage.partner..",
              "fr.aiguillage.ui..",
              "fr.aiguillage.infra..");

  /** The contexts (and the faces) depend on one another in one direction only. */
  /** One naming style: an application service is named for what it holds or does. */
  @ArchTest
  static final ArchRule applicationServicesAreNotCalledService =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .and()
          .areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
          .should()
          .haveSimpleNameEndingWith("Service")
          .because(
              "services are named for what they hold or do (Beneficiaries, Slots, NoticesDesk)");

  @ArchTest
  static final ArchRule noPackageCycle =
      slices().matching("fr.aiguillage.(*)..").should().beFreeOfCycles();

  /** The staff views (and the kit under them) never reach into the partner gateway. */
  @ArchTest
  static final ArchRule theStaffUiAndThePartnerGatewayIgnoreEachOther =
      noClasses()
          .that()
          .resideInAPackage("fr.aiguillage.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("fr.aiguillage.partner..");

  /** The partner portal uses the Vaadin kit, never the staff views. */
  @ArchTest
  static final ArchRule thePartnerGatewayIgnoresTheStaffSide =
      noClasses()
          .that()
          .resideInAPackage("fr.aiguillage.partner..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("fr.aiguillage.ui..", "fr.aiguillage.admin..")
                  .and(resideOutsideOfPackage(KIT)));

  /** The kit serves every face and knows none: no staff view, no partner page, no REST. */
  @ArchTest
  static final ArchRule theVaadinKitKnowsNoFace =
      noClasses()
          .that()
          .resideInAPackage(KIT)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "fr.aiguillage.ui..",
                      "fr.aiguillage.partner..",
                      "fr.aiguillage.admin..",
                      "fr.aiguillage.infra..",
                      "jakarta.ws.rs..")
                  .and(resideOutsideOfPackage(KIT)));

  @ArchTest
  static final ArchRule tenantAdminIgnoresTheUis =
      noClasses()
          .that()
          .resideInAPackage("fr.aiguillage.admin..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("fr.aiguillage.ui..", "fr.aiguillage.partner..", "com.vaadin..");

  @ArchTest
  static final ArchRule entitiesNeverLeaveThroughRest =
      noClasses()
          .that()
          .resideInAnyPackage("fr.aiguillage.admin.api..", "fr.aiguillage.partner.api..")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(jakarta.persistence.Entity.class);
}
