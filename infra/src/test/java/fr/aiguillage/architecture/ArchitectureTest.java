package fr.aiguillage.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN §3's dependency rules, checked on the compiled modules. */
@AnalyzeClasses(packages = "fr.aiguillage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String KIT = "fr.aiguillage.ui.kit..";
  static final String[] CORE = {
    "fr.aiguillage.tenancy..", "fr.aiguillage.beneficiary..", "fr.aiguillage.audit..",
        "fr.aiguillage.events..",
    "fr.aiguillage.directory..", "fr.aiguillage.persistence..", "fr.aiguillage.security..",
        "fr.aiguillage.shared.."
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
