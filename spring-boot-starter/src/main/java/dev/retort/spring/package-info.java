/**
 * Retort's Spring Boot auto-configuration ({@code retort-spring-boot-starter}, Spring Boot 3.5 and 4): the
 * application's DataSource is migrated with the migration classes compiled into it, before JPA starts; see
 * {@code docs/spring-boot.md}. Depends on {@code app} (the {@code Retort} façade), {@code error} and Spring Boot.
 */
package dev.retort.spring;
