import { TestBed } from '@angular/core/testing';
import { IDLE_CONFIG, IdleLogout } from './idle-logout';

describe('IdleLogout', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [{ provide: IDLE_CONFIG, useValue: { timeoutMs: 10_000, warningMs: 3_000 } }] });
  });
  afterEach(() => {
    TestBed.inject(IdleLogout).stop();
    jest.useRealTimers();
  });

  it('warns before the end and logs out when nobody answers', () => {
    const idle = TestBed.inject(IdleLogout);
    const onTimeout = jest.fn();
    idle.start(onTimeout);
    jest.advanceTimersByTime(6_000);
    expect(idle.warning()).toBe(false);
    jest.advanceTimersByTime(2_000);
    expect(idle.warning()).toBe(true);
    expect(idle.secondsLeft()).toBe(2);
    jest.advanceTimersByTime(2_500);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(idle.warning()).toBe(false);
  });

  it('activity before the warning resets the clock', () => {
    const idle = TestBed.inject(IdleLogout);
    const onTimeout = jest.fn();
    idle.start(onTimeout);
    jest.advanceTimersByTime(6_000);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    jest.advanceTimersByTime(6_000);
    expect(idle.warning()).toBe(false);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('"stay logged in" closes the warning and starts over', () => {
    const idle = TestBed.inject(IdleLogout);
    const onTimeout = jest.fn();
    idle.start(onTimeout);
    jest.advanceTimersByTime(8_000);
    expect(idle.warning()).toBe(true);
    idle.stayActive();
    expect(idle.warning()).toBe(false);
    jest.advanceTimersByTime(6_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
