/**
 * The students of the province's schools and their school careers: a student registered once under
 * the sector's student code (mã định danh học sinh), with an identity checked against the personal
 * identification number's structure and sensitive data kept apart; the classes (lớp) of a school in
 * a school year; enrolments in a class (xếp lớp), moves between classes and transfers between
 * schools (chuyển trường), the whole history staying with the student; guardians with the legal
 * representative's consent and the citizen account that lets a parent read. The record feature
 * reads enrolments and identities through {@code application.port.in}'s {@code EnrolmentQuery} and
 * {@code StudentQuery}.
 */
@NullMarked
package vn.edu.platform.studentrecord.student;

import org.jspecify.annotations.NullMarked;
