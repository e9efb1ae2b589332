package io.jenkins.plugins.codearts.resourcecheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The check runs in the default build: Stapler's and Jelly's parsers from Maven Central, but no Jenkins type. */
@AnalyzeClasses(packages = "io.jenkins.plugins.codearts.resourcecheck")
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJenkinsTypes = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "com.cloudbees..")
            .because("jenkins-core and the Jenkins plugins are not on Maven Central");
}
