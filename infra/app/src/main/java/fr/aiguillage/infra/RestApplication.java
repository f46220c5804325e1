package fr.aiguillage.infra;

import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The one JAX-RS application of the WAR, at /api. Which URLs take bearer tokens is decided in
 * server.xml (mpJwt with an authFilter), not here.
 */
@ApplicationPath("/api")
@DeclareRoles({
  Roles.PLATFORM_ADMIN,
  Roles.TENANT_ADMIN,
  Roles.COORDINATOR,
  Roles.ORIENTATION_AGENT,
  Roles.REFERENT,
  Roles.PARTNER_USER,
  Roles.PARTNER_ADMIN,
  Roles.STATS_READER,
  Roles.FLOW_SENDER
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Aiguillage",
            version = "v1",
            description =
                "Orientation et suivi des bénéficiaires du RSA. Les erreurs suivent RFC 9457"
                    + " (application/problem+json) avec un détail en français."),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Jeton d'accès Keycloak du royaume aiguillage (audience aiguillage-api)")
public class RestApplication extends Application {}
