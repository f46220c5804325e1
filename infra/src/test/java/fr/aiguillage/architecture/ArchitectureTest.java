package fr.aiguillage.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN §3's dependency rules, checked on the compiled modules. */
@AnalyzeClasses(packages = "fr.aiguillage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** Every bounded context of platform-core, and its shared kernel. */
  static final String[] CORE = {
    "fr.aiguillage.tenancy..",
    "fr.aiguillage.beneficiary..",
    "fr.aiguillage.intake..",
    "fr.aiguillage.diagnostic..",
    "fr.aiguillage.criteria..",
    "fr.aiguillage.orientation..",
    "fr.aiguillage.directory..",
    "fr.aiguillage.appointment..",
    "fr.aiguillage.notification..",
    "fr.aiguillage.webhook..",
    "fr.aiguillage.identity..",
    "fr.aiguillage.settings..",
    "fr.aiguillage.audit..",
    "fr.aiguillage.events..",
    "fr.aiguillage.persistence..",
    "fr.aiguillage.security..",
    "fr.aiguillage.shared..",
    "fr.aiguillage.vocabulary.."
  };

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
  @ArchTest
  static final ArchRule noPackageCycle =
      slices()
          .matching("fr.aiguillage.(*)..")
          .should()
          .beFreeOfCycles()
          // the core's test fixtures (embedded PostgreSQL) come in a test jar
          .ignoreDependency(resideInAPackage("fr.aiguillage.testing.."), alwaysTrue())
          .ignoreDependency(alwaysTrue(), resideInAPackage("fr.aiguillage.testing.."));

  @ArchTest
  static final ArchRule theStaffUiAndThePartnerGatewayIgnoreEachOther =
      noClasses()
          .that()
          .resideInAPackage("fr.aiguillage.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("fr.aiguillage.partner..");

  @ArchTest
  static final ArchRule thePartnerGatewayIgnoresTheStaffSide =
      noClasses()
          .that()
          .resideInAPackage("fr.aiguillage.partner..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("fr.aiguillage.ui..", "fr.aiguillage.admin..");

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
