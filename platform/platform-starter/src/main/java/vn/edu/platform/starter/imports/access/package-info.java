/**
 * Who may upload which import type and read which job. {@link
 * vn.edu.platform.starter.imports.access.ImportAccessPolicy} is the seam; the default {@link
 * vn.edu.platform.starter.imports.access.OrgScopeImportAccessPolicy} applies the platform's roles
 * and organisation scope (a school sees its own jobs, a commune officer its schools', the
 * department all). A service may replace it with a bean of its own.
 */
@NullMarked
package vn.edu.platform.starter.imports.access;

import org.jspecify.annotations.NullMarked;
