/** The unauthenticated {@code /_emulator} admin API: health, demo account, routes, fault rules, settings, clock and scenarios. */
package io.jenkins.plugins.codearts.emulator.admin;
