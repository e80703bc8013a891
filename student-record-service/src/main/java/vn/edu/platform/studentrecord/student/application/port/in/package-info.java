/**
 * What the outside asks of the student feature: the use cases the web and the bulk import call
 * (with the {@code Requester} they act for), the reads they show, and the two queries the record
 * feature builds on, {@code EnrolmentQuery} and {@code StudentQuery}, with their views.
 */
package vn.edu.platform.studentrecord.student.application.port.in;
