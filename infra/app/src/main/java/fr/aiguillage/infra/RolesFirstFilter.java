package fr.aiguillage.infra;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

/**
 * The declared roles, checked before the body is read: a caller who may not use an operation is
 * told so (401 or 403) whatever they sent, and a body is never parsed for nobody. The container
 * checks {@code @RolesAllowed} again when the method runs.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RolesFirstFilter implements ContainerRequestFilter {
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource == null || resource.getResourceMethod() == null) {
      return;
    }
    AnnotatedElement declared =
        declares(resource.getResourceMethod())
            ? resource.getResourceMethod()
            : resource.getResourceClass();
    if (declared == null || declared.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    boolean signedIn = security != null && security.getUserPrincipal() != null;
    if (declared.isAnnotationPresent(DenyAll.class)) {
      request.abortWith(WebExceptionMapper.forbidden());
      return;
    }
    RolesAllowed roles = declared.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      return;
    }
    if (!signedIn) {
      request.abortWith(WebExceptionMapper.unauthorized());
    } else if (Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(WebExceptionMapper.forbidden());
    }
  }

  private static boolean declares(AnnotatedElement e) {
    return e.isAnnotationPresent(RolesAllowed.class)
        || e.isAnnotationPresent(PermitAll.class)
        || e.isAnnotationPresent(DenyAll.class);
  }
}
